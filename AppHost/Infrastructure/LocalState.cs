using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Ukc.AppHost.Infrastructure;

/// <summary>
/// The folder where local RabbitMQ and Redis keep their data between runs, and the loopback ports
/// they listen on. It clears what an earlier run left behind if that run was killed.
/// </summary>
public sealed class LocalState(string folder, InfrastructureOptions settings)
{
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
    /// (the run was killed), so that its ports and files are free again. The pid file lies in the server's folder,
    /// which is also the folder the server works in.
    /// </summary>
    public static void StopLeftover(string pidFile)
    {
        if (!File.Exists(pidFile))
        {
            return;
        }

        if (int.TryParse(File.ReadAllText(pidFile).Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var pid)
            && IsOurServer(pid, pidFile))
        {
            using var process = Process.GetProcessById(pid);
            process.Kill(entireProcessTree: true);
            process.WaitForExit(TimeSpan.FromSeconds(10));
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
}
