using Ukc.ServiceDefaults.Auth;
using Ukc.Intake;
using Ukc.Intake.Apis;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();
builder.AddUkcAccess();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseUkcAccess();
app.MapOpenApi().AllowAnonymous();
app.MapDefaultEndpoints();
app.MapAppealsApi();
app.MapCallsApi();
app.Run();
