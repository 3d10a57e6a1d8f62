using Ukc.AppHost.Infrastructure;

var builder = DistributedApplication.CreateBuilder(args);

var (messaging, redis) = builder.AddUkcInfrastructure();

var intake = builder.AddUkcService<Projects.Intake>("intake", messaging, redis);
var categorization = builder.AddUkcService<Projects.Categorization>("categorization", messaging, redis);
// Two replicas route together through atomic steps in Redis; the routing settings come from here.
var assignment = builder.AddUkcService<Projects.Assignment>("assignment", messaging, redis)
    .WithReplicas(2)
    .WithSettings(builder.Configuration, "Routing");
var staffing = builder.AddUkcService<Projects.Staffing>("staffing", messaging, redis);
var reporting = builder.AddUkcService<Projects.Reporting>("reporting", messaging, redis);

var gatewayPort = builder.Configuration.GetValue("Gateway:Port", 5080);
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
