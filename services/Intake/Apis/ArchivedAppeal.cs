using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Ukc.Intake.Apis;

/// <summary>
/// The answer for an appeal that closed longer than <see cref="IntakeOptions.LiveRetention"/> ago and left Intake:
/// <c>410 Gone</c>, a problem whose member <c>archive</c> is where Reporting serves its full record and timeline now,
/// and the same in a <c>Link</c> header (<c>rel="alternate"</c>).
/// </summary>
public sealed class ArchivedAppeal(Guid id) : IResult, IStatusCodeHttpResult, IEndpointMetadataProvider
{
    public const string Title = "This appeal has moved to the archive.";

    public Guid Id => id;

    /// <summary>Reporting's address of the appeal, through the gateway.</summary>
    public string Archive => $"/api/reports/appeals/{id}";

    public int StatusCode => StatusCodes.Status410Gone;

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.Headers.Link = $"<{Archive}>; rel=\"alternate\"";
        return TypedResults.Problem(
            title: Title,
            detail: $"Intake keeps an appeal for a while after it is resolved or abandoned; its full record and timeline are now at {Archive}.",
            statusCode: StatusCode,
            extensions: new Dictionary<string, object?> { ["archive"] = Archive }).ExecuteAsync(httpContext);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status410Gone, typeof(ProblemDetails), ["application/problem+json"]));
    }
}
