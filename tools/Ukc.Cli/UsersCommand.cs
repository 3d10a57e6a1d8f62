namespace Ukc.Cli;

/// <summary><c>ukc users add --role operator op-001 [--password P]</c>: an account made through the gateway by the admin.</summary>
public static class UsersCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        if (args is not ["add", .. var rest])
        {
            throw new ArgumentException("ukc users add --role operator|supervisor|admin NAME [--password P]");
        }

        var names = rest.Where((arg, i) => !arg.StartsWith("--", StringComparison.Ordinal) && (i == 0 || !rest[i - 1].StartsWith("--", StringComparison.Ordinal))).ToList();
        if (names is not [var userName])
        {
            throw new ArgumentException("Name one account: ukc users add --role operator op-001");
        }

        var options = new CommandOptions(rest.Where(arg => arg != userName));
        var role = options.Text("role") ?? throw new ArgumentException("--role operator, supervisor or admin");
        var password = options.Text("password") ?? GatewaySession.NewPassword();
        using var admin = await GatewaySession.AsAdminAsync(new Uri(options.Text("gateway", "http://localhost:5080")), options.Text("admin-password"));
        var roles = role == "admin" ? new[] { "admin", "supervisor" } : [role];
        if (!await GatewaySession.AddUserAsync(admin, userName, password, roles))
        {
            await output.WriteLineAsync($"{userName} has an account already; it is left as it was.");
            return 1;
        }

        await output.WriteLineAsync(options.Text("password") is null
            ? $"Made {userName} ({string.Join(", ", roles)}) with the password {password}"
            : $"Made {userName} ({string.Join(", ", roles)}).");
        return 0;
    }
}
