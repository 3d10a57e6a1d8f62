using Ukc.AppHost.Infrastructure;

var builder = DistributedApplication.CreateBuilder(args);

var (messaging, redis, reports) = builder.AddUkcInfrastructure();

var intake = builder.AddUkcService<Projects.Intake>("intake", messaging, redis, settings: "Intake");
var categorization = builder.AddUkcService<Projects.Categorization>("categorization", messaging, redis, settings: "Classifier");
// Two replicas route together through atomic steps in Redis.
var assignment = builder.AddUkcService<Projects.Assignment>("assignment", messaging, redis, settings: "Routing")
    .WithReplicas(2);
var staffing = builder.AddUkcService<Projects.Staffing>("staffing", messaging, redis, settings: "Staffing");
// Reporting alone has a database: the history of every appeal.
var reporting = builder.AddUkcService<Projects.Reporting>("reporting", messaging, redis)
    .WithServer(reports);

var gatewayPort = builder.Configuration.Read<GatewayOptions>(GatewayOptions.Section).Port;
builder.AddProject<Projects.Gateway>("gateway")
    .WithEndpoint("http", endpoint => endpoint.Port = gatewayPort)
    .WithExternalHttpEndpoints()
    .WithSettings(builder.Configuration, "Telemetry")
    .WithHttpHealthCheck("/health")
    .WithReference(intake).WaitFor(intake)
    .WithReference(categorization).WaitFor(categorization)
    .WithReference(assignment).WaitFor(assignment)
    .WithReference(staffing).WaitFor(staffing)
    .WithReference(reporting).WaitFor(reporting);

builder.PrintAddresses(gatewayPort);
builder.Build().Run();
