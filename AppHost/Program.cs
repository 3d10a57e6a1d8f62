using Ukc.AppHost.Infrastructure;

var builder = DistributedApplication.CreateBuilder(args);

var (messaging, redis, reports) = builder.AddUkcInfrastructure();

var intake = builder.AddUkcService<Projects.Intake>("intake", messaging, settings: "Intake").WithServer(redis);
var categorization = builder.AddUkcService<Projects.Categorization>("categorization", messaging, settings: "Classifier").WithServer(redis);
// Two replicas route together through atomic steps in Redis.
var assignment = builder.AddUkcService<Projects.Assignment>("assignment", messaging, settings: "Routing").WithServer(redis)
    .WithReplicas(2);
var staffing = builder.AddUkcService<Projects.Staffing>("staffing", messaging, settings: "Staffing").WithServer(redis);
// Reporting keeps the history in PostgreSQL, and asks Staffing's API for the forecast it compares with.
var reporting = builder.AddUkcService<Projects.Reporting>("reporting", messaging, settings: "Reporting").WithServer(reports)
    .WithReference(staffing);

var gatewayPort = builder.Configuration.Read<GatewayOptions>(GatewayOptions.Section).Port;
builder.AddProject<Projects.Gateway>("gateway")
    .WithEndpoint("http", endpoint => endpoint.Port = gatewayPort)
    .WithExternalHttpEndpoints()
    .WithSettings(builder.Configuration, "Telemetry", "Gateway")
    .WithHttpHealthCheck("/health")
    .WithReference(intake).WaitFor(intake)
    .WithReference(categorization).WaitFor(categorization)
    .WithReference(assignment).WaitFor(assignment)
    .WithReference(staffing).WaitFor(staffing)
    .WithReference(reporting).WaitFor(reporting);

builder.PrintAddresses(gatewayPort);
builder.Build().Run();
