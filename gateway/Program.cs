using Ukc.Gateway;
using Ukc.Gateway.Accounts;
using Ukc.Gateway.Protection;
using Ukc.ServiceDefaults.Messaging;
using Yarp.ReverseProxy.Transforms;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddUkcMessaging(typeof(Program).Assembly);
builder.AddUkcAccounts();
builder.AddUkcWebUi();
builder.Services.AddCookieAntiforgery();
builder.Services.AddUkcForwardedClients(builder.Configuration);
builder.Services.AddUkcRateLimits();
builder.Services.AddReverseProxy()
    .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"))
    .AddServiceDiscoveryDestinationResolver()
    .AddTransforms(transforms =>
    {
        var tokens = transforms.Services.GetRequiredService<ServiceTokenTransform>();
        transforms.AddRequestTransform(context =>
        {
            tokens.Apply(context);
            return ValueTask.CompletedTask;
        });
    });

var app = builder.Build();
await app.PrepareAccountsAsync();
app.UseForwardedHeaders();
app.UseSecurityHeaders();
app.UseUkcLanguages();
app.UseAuthentication();
app.UseCookieAntiforgery();
app.UseRateLimiter();
app.UseAuthorization();
app.UseAntiforgery();
app.MapDefaultEndpoints();
app.MapAuthApi();
app.MapReverseProxy(proxy => proxy.UseBodyLimits());
app.MapUkcWebUi();
app.Run();
