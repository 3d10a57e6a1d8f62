using Ukc.Categorization;
using Ukc.Categorization.Apis;
using Ukc.Categorization.Domain;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.Services.GetRequiredService<AppealClassifier>();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapOpenApi();
app.MapDefaultEndpoints();
app.MapCategorizationApi();
app.Run();
