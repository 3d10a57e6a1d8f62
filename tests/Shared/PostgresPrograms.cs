using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Ukc.Testing;

/// <summary>
/// Running Debian's PostgreSQL programs for tests and benchmarks: as root, as the <c>postgres</c> user, since
/// PostgreSQL refuses to run as root.
/// </summary>
internal static class PostgresPrograms
{
    public static string BinFolder() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(Directory.Exists).OrderDescending().First()
            : throw new InvalidOperationException("PostgreSQL is not installed; tools/install-prerequisites.sh installs it.");

    public static string Command(bool asRoot, string program) => asRoot ? "runuser" : program;

    public static string[] Prefix(bool asRoot, string program) => asRoot ? ["-u", "postgres", "--", program] : [];

    public static void Run(string command, string[] arguments)
    {
        using var run = Process.Start(new ProcessStartInfo(command, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var errors = run.StandardError.ReadToEndAsync();
        run.StandardOutput.ReadToEnd();
        run.WaitForExit();
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"{command} {string.Join(' ', arguments)} failed: {errors.Result}");
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
