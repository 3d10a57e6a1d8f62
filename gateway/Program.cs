using Ukc.Gateway.Protection;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.Services.AddUkcForwardedClients(builder.Configuration);
builder.Services.AddUkcRateLimits();
builder.Services.AddReverseProxy()
    .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"))
    .AddServiceDiscoveryDestinationResolver();

var app = builder.Build();
app.UseForwardedHeaders();
app.UseSecurityHeaders();
app.UseRateLimiter();
app.MapDefaultEndpoints();
app.MapReverseProxy(proxy => proxy.UseBodyLimits());
app.Run();
