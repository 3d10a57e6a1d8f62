using Ukc.Staffing;
using Ukc.Staffing.Apis;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapOpenApi();
app.MapDefaultEndpoints();
app.MapRosterApi();
app.MapShiftsApi();
app.MapErlangApi();
app.MapForecastApi();
app.MapAlertsApi();
app.Run();
