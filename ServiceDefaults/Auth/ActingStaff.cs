using Microsoft.AspNetCore.Builder;

namespace Ukc.ServiceDefaults.Auth;

/// <summary>
/// The supervisor or admin whose request is being handled. Every outbox entry written meanwhile names them,
/// so a change and the record of who made it are stored in the same atomic step; Reporting keeps those
/// records as the audit trail.
/// </summary>
public static class ActingStaff
{
    private static readonly AsyncLocal<string?> Current = new();

    /// <summary>The supervisor's or admin's account name, or null outside their requests.</summary>
    public static string? Name => Current.Value;

    public static IApplicationBuilder UseActingStaff(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.User.IsSupervisor())
        {
            Current.Value = context.User.Identity?.Name;
        }

        await next(context);
    });
}
