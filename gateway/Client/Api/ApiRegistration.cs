namespace Ukc.Gateway.Client.Api;

public static class ApiRegistration
{
    /// <summary>One HttpClient to the gateway's origin, carrying the session cookie and the antiforgery token, shared by the typed clients.</summary>
    public static IServiceCollection AddUkcApi(this IServiceCollection services, Uri origin)
    {
        services.AddScoped(_ => new HttpClient(new AntiforgeryHandler { InnerHandler = new HttpClientHandler() }) { BaseAddress = origin });
        services.AddScoped<AccountsClient>();
        services.AddScoped<AppealsClient>();
        services.AddScoped<OperatorsClient>();
        services.AddScoped<GuidanceClient>();
        services.AddScoped<ReportsClient>();
        services.AddScoped<StaffingClient>();
        return services;
    }
}
