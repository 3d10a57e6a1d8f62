using Ukc.ServiceDefaults.Auth;
using Npgsql;
using Ukc.Reporting;
using Ukc.Reporting.Apis;
using Ukc.Reporting.Ingest;
using Ukc.Reporting.Storage;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();
builder.AddUkcAccess();

var app = builder.Build();
await ReportsSchema.MigrateAsync(
    app.Services.GetRequiredService<NpgsqlDataSource>(), app.Configuration.GetConnectionString(ConnectionNames.Reports)!);
await app.Services.GetRequiredService<EventHistory>().PrepareQuartersAsync();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseUkcAccess();
app.MapOpenApi().AllowAnonymous();
app.MapDefaultEndpoints();
app.MapReportsApi();
app.Run();
