using System.Diagnostics;
using Npgsql;
using static Ukc.Testing.PostgresPrograms;

namespace Ukc.Testing;

/// <summary>
/// A real PostgreSQL server on a free loopback port with its data in a temporary folder, for a service's own tests;
/// stopped and removed with them. As the AppHost's, its superuser has a password, and the database the connection
/// string names does not exist until the service creates it. PostgreSQL refuses to run as root, so as root it runs
/// as the <c>postgres</c> user.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private const string Database = "reports";
    private Process? process;
    private string folder = "";

    public string ConnectionString { get; private set; } = "";

    public NpgsqlDataSource DataSource { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var bin = BinFolder();
        folder = Directory.CreateTempSubdirectory("ukc-postgres-").FullName;
        var data = Path.Combine(folder, "data");
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            Run("chown", ["postgres", folder]);
        }

        var password = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        var passwordFile = Path.Combine(folder, "password");
        File.WriteAllText(passwordFile, password);
        if (asRoot)
        {
            Run("chown", ["postgres", passwordFile]);
        }

        Run(Command(asRoot, Path.Combine(bin, "initdb")),
            [.. Prefix(asRoot, Path.Combine(bin, "initdb")), "-D", data, "-U", "postgres", $"--pwfile={passwordFile}", "--auth=scram-sha-256", "-E", "UTF8", "--no-sync"]);
        var port = FreePort();
        var postgres = Path.Combine(bin, "postgres");
        process = Process.Start(new ProcessStartInfo(Command(asRoot, postgres),
            [.. Prefix(asRoot, postgres), "-D", data, "-k", folder, "-p", $"{port}", "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "synchronous_commit=off"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("postgres did not start; tools/install-prerequisites.sh installs it.");
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();

        var admin = $"Host=127.0.0.1;Port={port};Username=postgres;Password={password};Database=postgres;Pooling=false";
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(admin);
                await connection.OpenAsync();
                break;
            }
            catch (NpgsqlException) when (attempt < 100)
            {
                await Task.Delay(100);
            }
        }

        ConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Password={password};Database={Database}";
        DataSource = NpgsqlDataSource.Create(ConnectionString);
    }

    public async Task DisposeAsync()
    {
        if (DataSource is not null)
        {
            await DataSource.DisposeAsync();
        }

        if (process is not null)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            process.Dispose();
        }

        if (folder.Length > 0)
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
