using Ukc.ServiceDefaults.Auth;
using Ukc.Categorization;
using Ukc.Categorization.Apis;
using Ukc.Categorization.Domain;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();
builder.AddUkcAccess();

var app = builder.Build();
app.Services.GetRequiredService<AppealClassifier>();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseUkcAccess();
app.MapOpenApi().AllowAnonymous();
app.MapDefaultEndpoints();
app.MapCategorizationApi();
app.Run();
