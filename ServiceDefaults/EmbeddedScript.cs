using System.Reflection;

namespace Ukc.ServiceDefaults;

/// <summary>Reads a Lua or SQL script that a service keeps as a file beside the code that runs it.</summary>
public static class EmbeddedScript
{
    public static string Read(Assembly assembly, string fileName)
    {
        var resource = assembly.GetManifestResourceNames().SingleOrDefault(name => name.EndsWith("." + fileName, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Script '{fileName}' is not embedded in {assembly.GetName().Name}.");
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
