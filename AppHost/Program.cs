using Ukc.AppHost.Infrastructure;

var builder = DistributedApplication.CreateBuilder(args);

var (messaging, redis, reports) = builder.AddUkcInfrastructure();
// The gateway signs each request it forwards with this key, and every service checks it.
var serviceTokenKey = builder.AddParameter("service-token-key", new GenerateParameterDefault { MinLength = 48, Special = false }, secret: true, persist: true);
// The first admin's password, used while no admin account exists.
var adminPassword = builder.AddParameter("admin-password", new GenerateParameterDefault { MinLength = 20, Special = false }, secret: true, persist: true);

var intake = builder.AddUkcService<Projects.Intake>("intake", messaging, serviceTokenKey, settings: "Intake").WithServer(redis);
var categorization = builder.AddUkcService<Projects.Categorization>("categorization", messaging, serviceTokenKey, settings: "Classifier").WithServer(redis);
// Two replicas route together through atomic steps in Redis.
var assignment = builder.AddUkcService<Projects.Assignment>("assignment", messaging, serviceTokenKey, settings: "Routing").WithServer(redis)
    .WithReplicas(2);
var staffing = builder.AddUkcService<Projects.Staffing>("staffing", messaging, serviceTokenKey, settings: "Staffing").WithServer(redis);
// Reporting keeps the history in PostgreSQL, and asks Staffing's API for the forecast it compares with.
var reporting = builder.AddUkcService<Projects.Reporting>("reporting", messaging, serviceTokenKey, settings: "Reporting").WithServer(reports)
    .WithReference(staffing);

var gatewayPort = builder.Configuration.Read<GatewayOptions>(GatewayOptions.Section).Port;
builder.AddProject<Projects.Gateway>("gateway")
    .WithRestartOnExit()
    .WithEndpoint("http", endpoint => endpoint.Port = gatewayPort)
    .WithExternalHttpEndpoints()
    .WithSettings(builder.Configuration, "Telemetry", "Gateway", "Auth")
    .WithEnvironment("Auth__ServiceTokenKey", serviceTokenKey)
    .WithEnvironment("Gateway__Auth__AdminPassword", adminPassword)
    .WithServer(messaging)
    .WithReference(reports)
    .WithHttpHealthCheck("/health")
    .WithReference(intake).WaitFor(intake)
    .WithReference(categorization).WaitFor(categorization)
    .WithReference(assignment).WaitFor(assignment)
    .WithReference(staffing).WaitFor(staffing)
    .WithReference(reporting).WaitFor(reporting);

builder.PrintAddresses(gatewayPort);
builder.Build().Run();
