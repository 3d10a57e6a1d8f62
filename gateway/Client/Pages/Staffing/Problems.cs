using Microsoft.Extensions.Localization;
using MudBlazor;
using Ukc.Gateway.Client.Api;

namespace Ukc.Gateway.Client.Pages.Staffing;

/// <summary>Tells the supervisor in a snackbar that something the page asked of the API failed, and why.</summary>
public sealed class Problems(IStringLocalizer<Problems> text, ISnackbar snackbar)
{
    public void Show(Exception exception)
    {
        var message = exception switch
        {
            ApiProblem { Status: System.Net.HttpStatusCode.Forbidden } => text["Forbidden"].Value,
            ApiProblem { Status: System.Net.HttpStatusCode.Unauthorized } => text["SignedOut"].Value,
            ApiProblem { Status: System.Net.HttpStatusCode.NotFound } => text["NotFound"].Value,
            ApiProblem problem => $"{text["Refused"]} {problem.Detail ?? problem.Title}",
            HttpRequestException => text["Unreachable"].Value,
            _ => $"{text["Failed"]} {exception.Message}",
        };
        snackbar.Add(message, Severity.Error);
    }

    public void Done(string message) => snackbar.Add(message, Severity.Success);
}
