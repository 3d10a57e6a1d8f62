using Ukc.ServiceDefaults.Auth;
using Ukc.Assignment;
using Ukc.Assignment.Apis;

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
app.MapQueuesApi();
app.MapOperatorsApi();
app.Run();
