using System.Globalization;
using System.Resources;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.WebAssembly.Hosting;
using Microsoft.JSInterop;
using MudBlazor.Services;
using Ukc.Gateway.Client;
using Ukc.Gateway.Client.Api;
using Ukc.Gateway.Client.Pages.Staffing;
using Ukc.Gateway.Client.Staff;

[assembly: NeutralResourcesLanguage("uk")]

var builder = WebAssemblyHostBuilder.CreateDefault(args);
builder.Services.AddMudServices();
builder.Services.AddLocalization();
builder.Services.AddScoped<Names>();
builder.Services.AddScoped<StaffingNames>();
builder.Services.AddScoped<Problems>();
builder.Services.AddAuthorizationCore();
builder.Services.AddCascadingAuthenticationState();
builder.Services.AddScoped<AuthenticationStateProvider, SignedInStaff>();
builder.Services.AddUkcApi(new Uri(builder.HostEnvironment.BaseAddress));
builder.Services.AddScoped<Ukc.Gateway.Client.Pages.Console.OperatorDesk>();

var host = builder.Build();
// The page the server rendered names the language the person chose; satellite resources load for it as the host starts.
var language = await host.Services.GetRequiredService<IJSRuntime>().InvokeAsync<string>("ukc.language");
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.GetCultureInfo(language == "en" ? "en" : "uk");
await host.RunAsync();
