using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace Ukc.AppHost.Infrastructure;

/// <summary>
/// The folder where local RabbitMQ, Redis and PostgreSQL keep their data between runs, and the loopback ports
/// they listen on. It clears what an earlier run left behind if that run was killed.
/// </summary>
public sealed class LocalState(string folder, InfrastructureOptions settings)
{
    /// <summary>The signal number of SIGINT on Linux.</summary>
    public const int Sigint = 2;

    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(10);

    public string Folder { get; } = Path.GetFullPath(folder);

    public InfrastructureOptions Settings { get; } = settings;

    public static LocalState From(IDistributedApplicationBuilder builder, InfrastructureOptions settings) =>
        new(Path.Combine(builder.AppHostDirectory, settings.StateFolder), settings);

    /// <summary>The folder of one server, created if it is not there yet.</summary>
    public string ServerFolder(string name) => Directory.CreateDirectory(Path.Combine(Folder, name)).FullName;

    /// <summary>The configured port if it is free on loopback, otherwise any free one.</summary>
    public static int Port(int preferred) => preferred > 0 && IsFree(preferred) ? preferred : FreePort();

    /// <summary>
    /// Stops a server that an earlier run started from this state folder and never stopped
    /// (the run was killed), so that its ports and files are free again. The pid is the pid file's first line
    /// (PostgreSQL's postmaster.pid has more), and the pid file lies in the folder the server works in.
    /// </summary>
    /// <param name="stopSignal">
    /// A signal that has the server stop by itself (PostgreSQL's fast shutdown: <see cref="Sigint"/>). Without one, or
    /// if the server is still running ten seconds later, the server and its children are killed.
    /// </param>
    public static void StopLeftover(string pidFile, int? stopSignal = null)
    {
        if (!File.Exists(pidFile))
        {
            return;
        }

        if (int.TryParse(File.ReadLines(pidFile).FirstOrDefault()?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var pid)
            && IsOurServer(pid, pidFile))
        {
            using var process = Process.GetProcessById(pid);
            if (stopSignal is not { } signal || kill(pid, signal) != 0 || !process.WaitForExit(StopTimeout))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(StopTimeout);
            }
        }

        File.Delete(pidFile);
    }

    private static bool IsOurServer(int pid, string pidFile)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            if (process.HasExited)
            {
                return false;
            }

            // A pid can be reused by an unrelated process: only a server working in this server's folder is ours.
            var workingDirectory = new FileInfo($"/proc/{pid}/cwd").LinkTarget;
            return workingDirectory is not null
                && Path.GetFullPath(workingDirectory).TrimEnd('/') == Path.GetFullPath(Path.GetDirectoryName(pidFile)!).TrimEnd('/');
        }
        catch (Exception exception) when (exception is ArgumentException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return false;
        }
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);
}
