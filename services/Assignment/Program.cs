using Ukc.Assignment;
using Ukc.Assignment.Apis;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapOpenApi();
app.MapDefaultEndpoints();
app.MapQueuesApi();
app.MapOperatorsApi();
app.Run();
