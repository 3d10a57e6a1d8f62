using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;

namespace Ukc.AppHost.Infrastructure;

/// <summary>A <c>postgres</c> server on loopback whose data folder lives in the state folder.</summary>
public sealed class LocalPostgresResource(string name, string command, string folder, int port, string password)
    : ExecutableResource(name, command, folder), IResourceWithConnectionString
{
    public const string Superuser = "postgres";

    public int Port { get; } = port;

    /// <summary>The database is the resource's name; Reporting creates it on its first start.</summary>
    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create(
            $"Host=127.0.0.1;Port={Port.ToString(CultureInfo.InvariantCulture)};Username={Superuser};Password={password};Database={Name}");
}

/// <remarks>
/// The server's folder in the state folder holds its password, its socket and <c>data/</c>, the database cluster.
/// PostgreSQL refuses to run as root, so an AppHost running as root runs it, and <c>initdb</c>, as the
/// <c>postgres</c> user, who then owns the server's folder and must be able to reach it.
/// <para>
/// The superuser has a password of its own, made on the first run and kept in the server's folder (readable by its
/// owner only): Reporting keeps citizens' names and phone numbers, and trust on loopback would give them, and the
/// shell commands a superuser may run, to every user and process of the machine.
/// </para>
/// </remarks>
public static class LocalPostgresExtensions
{
    private const string ServerUser = "postgres";

    /// <summary>Debian and Ubuntu install each major version's programs in a folder of their own, off PATH.</summary>
    private const string DebianPrograms = "/usr/lib/postgresql";

    /// <summary>
    /// Runs postgres under a shell that turns SIGTERM, with which the AppHost stops a process, into SIGINT. SIGTERM is
    /// PostgreSQL's smart shutdown, which waits until every client has gone, and the idle connections of Reporting's
    /// pool may not go for minutes; SIGINT is its fast shutdown: it ends the sessions, writes a checkpoint and exits.
    /// The shell exits with the server. (<c>runuser</c> would not do here: it passes SIGTERM on, then kills the
    /// server two seconds later whether its shutdown checkpoint is done or not; <c>setpriv</c> becomes the shell.)
    /// </summary>
    private const string StopsFast =
        "\"$@\" & server=$!; trap 'kill -INT $server' TERM INT; wait $server; status=$?; "
        + "while kill -0 $server 2>/dev/null; do wait $server; status=$?; done; exit $status";

    /// <param name="name">The resource, its folder in the state folder, and the database its connection string names.</param>
    public static IResourceBuilder<LocalPostgresResource> AddLocalPostgres(this IDistributedApplicationBuilder builder, string name, LocalState state)
    {
        var folder = state.ServerFolder(name);
        var data = Path.Combine(folder, "data");
        // The postmaster works in its data folder and writes its pid on the first line of postmaster.pid there. Asked
        // to stop, rather than killed, it ends its sessions, writes a checkpoint and removes its shared memory.
        LocalState.StopLeftover(Path.Combine(data, "postmaster.pid"), LocalState.Sigint);
        var port = LocalState.Port(state.Settings.PostgresPort);
        var password = Password(folder, data);

        var healthCheck = $"{name}-startup";
        builder.Services.AddHealthChecks().AddCheck(healthCheck, new PostgresStartupHealthCheck(port, LocalPostgresResource.Superuser));

        var asRoot = Environment.IsPrivilegedProcess;
        string[] server =
        [
            "/bin/sh", "-c", StopsFast, "postgres",
            Program("postgres", DataVersion(data)),
            "-D", data,
            "-p", port.ToString(CultureInfo.InvariantCulture),
            "-k", folder,
            "-c", "listen_addresses=127.0.0.1",
        ];
        return builder.AddResource(new LocalPostgresResource(name, asRoot ? "setpriv" : server[0], folder, port, password))
            .WithArgs(asRoot ? [.. AsServerUser, .. server] : server[1..])
            .OnBeforeResourceStarted((resource, started, cancellationToken) =>
                CreateClusterAsync(folder, data, started.Services.GetRequiredService<ResourceLoggerService>().GetLogger(resource), cancellationToken))
            .WithHealthCheck(healthCheck);
    }

    private static string[] AsServerUser => ["--reuid", ServerUser, "--regid", ServerUser, "--init-groups", "--"];

    /// <summary>
    /// The first start makes the database cluster (UTF-8, with Unicode-aware upper and lower case for Ukrainian text)
    /// in a folder beside <c>data/</c> and renames it once it is complete, so that a start cut short never leaves half a cluster.
    /// </summary>
    private static async Task CreateClusterAsync(string folder, string data, ILogger log, CancellationToken cancellationToken)
    {
        var asRoot = Environment.IsPrivilegedProcess;
        if (asRoot)
        {
            await RunAsync("chown", [$"{ServerUser}:", folder, PasswordFile(folder)], cancellationToken);
        }

        if (Directory.Exists(data))
        {
            return;
        }

        var building = data + ".new";
        if (Directory.Exists(building))
        {
            Directory.Delete(building, recursive: true);
        }

        log.LogInformation("Creating the database cluster in {Folder}", data);
        string[] initdb =
        [
            Program("initdb", version: null),
            "-D", building,
            "-U", LocalPostgresResource.Superuser,
            $"--pwfile={PasswordFile(folder)}",
            "--auth=scram-sha-256",
            "-E", "UTF8",
            "--locale=C.UTF-8",
        ];
        try
        {
            await (asRoot ? RunAsync("setpriv", [.. AsServerUser, .. initdb], cancellationToken) : RunAsync(initdb[0], initdb[1..], cancellationToken));
        }
        catch (InvalidOperationException exception) when (asRoot && exception.Message.Contains("Permission denied", StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                $"{exception.Message}. PostgreSQL runs as the {ServerUser} user, who must be able to reach {folder}; "
                + "Infrastructure:StateFolder moves the state folder.", exception);
        }

        Directory.Move(building, data);
    }

    /// <summary>The superuser's password, made on the first run.</summary>
    private static string Password(string folder, string data)
    {
        var file = PasswordFile(folder);
        if (File.Exists(file))
        {
            return File.ReadAllText(file).Trim();
        }

        if (Directory.Exists(data))
        {
            throw new InvalidOperationException(
                $"The database cluster in {data} has lost its password file {file}; remove {folder} to start again with an empty database.");
        }

        var password = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        var readableByOwnerOnly = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            readableByOwnerOnly.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(new FileStream(file, readableByOwnerOnly)))
        {
            writer.WriteLine(password);
        }

        return password;
    }

    private static string PasswordFile(string folder) => Path.Combine(folder, "password");

    /// <summary>The major version that made the cluster: a newer server could not read it.</summary>
    private static string? DataVersion(string data)
    {
        var file = Path.Combine(data, "PG_VERSION");
        return File.Exists(file) ? File.ReadAllText(file).Trim() : null;
    }

    /// <summary>A PostgreSQL program of the given major version if that is installed, otherwise of the newest one; elsewhere from PATH.</summary>
    private static string Program(string name, string? version)
    {
        if (!Directory.Exists(DebianPrograms))
        {
            return name;
        }

        var installed = Directory.GetDirectories(DebianPrograms)
            .Where(major => File.Exists(Path.Combine(major, "bin", name)))
            .OrderByDescending(major => decimal.TryParse(Path.GetFileName(major), NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? number : 0)
            .ToList();
        var chosen = installed.FirstOrDefault(major => Path.GetFileName(major) == version) ?? installed.FirstOrDefault();
        return chosen is null ? name : Path.Combine(chosen, "bin", name);
    }

    private static async Task RunAsync(string command, string[] arguments, CancellationToken cancellationToken)
    {
        Process? started;
        try
        {
            started = Process.Start(new ProcessStartInfo(command, arguments) { RedirectStandardOutput = true, RedirectStandardError = true });
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException($"{command} did not start ({exception.Message}); tools/install-prerequisites.sh installs PostgreSQL.", exception);
        }

        using var process = started ?? throw new InvalidOperationException($"{command} did not start.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        await output;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{string.Join(' ', [command, .. arguments])} failed: {(await errors).Trim()}");
        }
    }
}
