using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Ukc.Contracts;

namespace Ukc.ServiceDefaults.Http;

/// <summary>
/// A JSON request body as a handler parameter. A body that is not JSON, is malformed or fails its own
/// <see cref="IRequestBody.Validate"/> is answered with a validation problem naming the field before the
/// handler runs, so handlers only ever see a valid body;
/// the endpoint's OpenAPI document shows the body's type. An empty body binds to null, for an optional one.
/// </summary>
public sealed class Body<T> : IBindableFromHttpContext<Body<T>>, IEndpointParameterMetadataProvider
    where T : class, IRequestBody
{
    private static readonly ConcurrentDictionary<ParameterInfo, bool> Optional = new();

    private Body(T? value, Dictionary<string, string[]>? errors)
    {
        Value = value!;
        Errors = errors;
    }

    public T Value { get; }

    private Dictionary<string, string[]>? Errors { get; }

    public static async ValueTask<Body<T>?> BindAsync(HttpContext context, ParameterInfo parameter)
    {
        var request = context.Request;
        if (request.ContentLength is null or 0 && IsOptional(parameter))
        {
            return null;
        }

        if (!request.HasJsonContentType())
        {
            return Invalid("body", "The body must be JSON (Content-Type: application/json).");
        }

        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(request.Body, UkcJson.Options, context.RequestAborted);
            return value is null ? Invalid("body", "The body must be a JSON object.") : new Body<T>(value, null);
        }
        catch (JsonException exception)
        {
            var field = string.IsNullOrEmpty(exception.Path) || exception.Path == "$" ? "body" : exception.Path.TrimStart('$', '.');
            return Invalid(field, $"Malformed JSON at '{field}'.");
        }
    }

    public static void PopulateMetadata(ParameterInfo parameter, EndpointBuilder builder)
    {
        builder.Metadata.Add(new JsonBodyMetadata(typeof(T), IsOptional(parameter)));
        builder.Metadata.Add(new ProducesResponseTypeMetadata(
            StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails), ["application/problem+json"]));
        var position = parameter.Position;
        builder.FilterFactories.Add((_, next) => async invocation =>
            invocation.Arguments[position] is Body<T> body && (body.Errors ?? ((IRequestBody)body.Value).Validate()) is { } errors
                ? Microsoft.AspNetCore.Http.TypedResults.ValidationProblem(errors, title: T.InvalidTitle)
                : await next(invocation));
    }

    /// <summary>Whether the parameter is declared <c>Body&lt;T&gt;?</c>; read once per parameter, not on every request.</summary>
    private static bool IsOptional(ParameterInfo parameter) =>
        Optional.GetOrAdd(parameter, p => new NullabilityInfoContext().Create(p).ReadState == NullabilityState.Nullable);

    private static Body<T> Invalid(string field, string message) => new(null, new() { [field] = [message] });

    /// <summary>Also makes routing answer a body of another content type with 415, before it is read.</summary>
    private sealed record JsonBodyMetadata(Type RequestType, bool IsOptional) : IAcceptsMetadata
    {
        public IReadOnlyList<string> ContentTypes { get; } = ["application/json"];
    }
}
