using Ukc.ServiceDefaults.Auth;
using Ukc.Staffing;
using Ukc.Staffing.Apis;

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
app.MapRosterApi();
app.MapShiftsApi();
app.MapErlangApi();
app.MapForecastApi();
app.MapAlertsApi();
app.Run();
