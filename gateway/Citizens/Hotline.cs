namespace Ukc.Gateway.Citizens;

/// <summary>The numbers a citizen is given on every page: the hotline's, and in danger the emergency services'.</summary>
public sealed class Hotline(IConfiguration configuration)
{
    public string Phone { get; } = configuration["Gateway:Hotline:Phone"] ?? "1545";

    /// <summary>Fire and rescue, police, ambulance, and the single emergency number.</summary>
    public static IReadOnlyList<(string Number, string Service)> Emergency { get; } =
        [("101", "Fire"), ("102", "Police"), ("103", "Ambulance"), ("112", "Emergency")];
}
