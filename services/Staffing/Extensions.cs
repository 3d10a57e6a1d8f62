namespace Ukc.Staffing;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddUkcRedis();
        builder.AddUkcMessaging();
        builder.Services.AddOpenApi();
        builder.Services.AddSingleton(TimeProvider.System);
    }
}
