using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ukc.Contracts;

namespace Integration.Tests;

[Collection(UkcSystemCollection.Name)]
public sealed class IntakeTests(UkcSystem system)
{
    private HttpClient Gateway => system.Gateway;

    [Fact]
    public async Task A_retried_post_with_the_same_idempotency_key_gets_the_first_answer()
    {
        var key = Guid.NewGuid().ToString();
        var appeal = new { text = "Потрібен інсулін для доньки, Миколаїв", channel = "chat" };

        var first = await PostAsync("/api/appeals", appeal, key);
        var retried = await PostAsync("/api/appeals", appeal, key);
        var other = await PostAsync("/api/appeals", new { text = "Інше звернення", channel = "chat" }, key);

        Assert.Equal((HttpStatusCode.Accepted, HttpStatusCode.Accepted), (first.StatusCode, retried.StatusCode));
        Assert.Equal(await IdAsync(first), await IdAsync(retried));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
    }

    [Fact]
    public async Task A_call_from_the_PBX_becomes_a_phone_appeal_and_a_hang_up_before_answer_abandons_it()
    {
        var callId = $"pbx-{Guid.NewGuid():N}";
        var call = new { callId, callerNumber = "+38 (050) 765-43-21", ivrChoice = "3", transcript = "Мама лежача, потрібна евакуація з Ізюма" };

        var reported = await PostAsync("/api/calls", call);
        var reportedAgain = await PostAsync("/api/calls", call);
        var id = await IdAsync(reported);
        Assert.Equal(id, await IdAsync(reportedAgain));

        var ended = await system.Pbx.PostAsJsonAsync($"/api/calls/{callId}/ended", new { answered = false });
        Assert.Equal(HttpStatusCode.Accepted, ended.StatusCode);

        var appeal = await AppealAsync(id, a => a.GetProperty("status").GetString() == AppealStatuses.Abandoned);
        Assert.Equal(("phone", "+380507654321"), (appeal.GetProperty("channel").GetString(), appeal.GetProperty("phone").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await system.Pbx.PostAsync("/api/calls/no-such-call/ended", null)).StatusCode);
    }

    [Fact]
    public async Task A_near_identical_appeal_from_the_same_phone_within_half_an_hour_is_linked_and_counted()
    {
        var phone = $"+38067{Random.Shared.Next(1000000, 9999999)}";
        var before = await StatsAsync();

        var first = await IdAsync(await PostAsync("/api/appeals", new { text = "Немає ліків для мами, допоможіть!", channel = "web", phone, consent = true }));
        var again = await PostAsync("/api/appeals", new { text = "допоможіть немає ліків для мами", channel = "chat", phone, consent = true });
        var different = await PostAsync("/api/appeals", new { text = "Коли прийде пенсія за березень?", channel = "chat", phone, consent = true });

        var repeat = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(first, repeat.GetProperty("repeatOf").GetGuid());
        Assert.Equal(JsonValueKind.Null, (await different.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("repeatOf").ValueKind);
        Assert.Equal(before.GetProperty("repeatContacts").GetInt64() + 1, (await StatsAsync()).GetProperty("repeatContacts").GetInt64());
    }

    [Fact]
    public async Task Two_identical_appeals_sent_at_once_from_one_phone_are_one_first_and_one_linked_to_it()
    {
        for (var round = 0; round < 5; round++)
        {
            var phone = $"+38067{Random.Shared.Next(1000000, 9999999)}";
            var appeal = new { text = "Немає світла й води третій день, Херсон", channel = "web", phone, consent = true };

            var answers = await Task.WhenAll(PostAsync("/api/appeals", appeal), PostAsync("/api/appeals", appeal));

            Assert.All(answers, a => Assert.Equal(HttpStatusCode.Accepted, a.StatusCode));
            var accepted = await Task.WhenAll(answers.Select(a => a.Content.ReadFromJsonAsync<AppealAccepted>()));
            var first = Assert.Single(accepted, a => a!.RepeatOf is null);
            Assert.Equal(first!.Id, Assert.Single(accepted, a => a!.RepeatOf is not null)!.RepeatOf);
        }
    }

    [Fact]
    public async Task A_callback_request_keeps_its_window()
    {
        var from = DateTimeOffset.UtcNow.AddHours(1);
        var response = await PostAsync("/api/appeals", new
        {
            text = "Передзвоніть, будь ласка, щодо виплат ВПО", channel = "callback", phone = "0931112233", consent = true,
            callbackFrom = from, callbackTo = from.AddHours(2),
        });

        var appeal = await AppealAsync(await IdAsync(response), _ => true);
        Assert.Equal(from.AddHours(2), appeal.GetProperty("callbackTo").GetDateTimeOffset());
    }

    [Fact]
    public async Task Events_that_come_twice_or_late_never_move_a_status_back()
    {
        var id = await IdAsync(await PostAsync("/api/appeals", new { text = "Зник зв'язок з батьком у Херсоні", channel = "web" }));
        await AppealAsync(id, a => a.GetProperty("status").GetString() == AppealStatuses.Queued);
        // Later than anything the running services will publish for this appeal.
        var t = DateTimeOffset.UtcNow.AddDays(1);

        await system.Bus.Publish(new AppealOffered(id, "op-test", Guid.NewGuid(), 1, null, t.AddMinutes(2), t.AddMinutes(3)));
        await system.Bus.Publish(new AppealQueued(id, "missing_persons+uk", "normal", t, t.AddMinutes(1)));
        await AppealAsync(id, a => a.GetProperty("status").GetString() == AppealStatuses.Offered);

        await system.Bus.Publish(new AppealRequeued(id, "missing_persons+uk", "operator_offline", t.AddMinutes(4)));
        await AppealAsync(id, a => a.GetProperty("status").GetString() == AppealStatuses.Queued);

        var resolved = new AppealResolved(id, "op-test", "informed", null, null, t.AddMinutes(10));
        await system.Bus.Publish(resolved);
        await system.Bus.Publish(resolved);
        await system.Bus.Publish(new AppealAssigned(id, "op-test", null, t.AddMinutes(5)));
        await system.Bus.Publish(new AppealOffered(id, "op-other", Guid.NewGuid(), 2, null, t.AddMinutes(11), t.AddMinutes(12)));

        var appeal = await AppealAsync(id, a => a.GetProperty("timeline").EnumerateArray().Count(e => e.GetProperty("at").GetDateTimeOffset() > t.AddMinutes(10)) == 1);
        Assert.Equal((AppealStatuses.Resolved, "op-test"), (appeal.GetProperty("status").GetString(), appeal.GetProperty("operatorId").GetString()));
        Assert.Single(appeal.GetProperty("timeline").EnumerateArray(), e => e.GetProperty("status").GetString() == AppealStatuses.Resolved);
    }

    [Fact]
    public async Task A_hang_up_reported_after_a_later_event_still_ends_the_appeal()
    {
        var id = await IdAsync(await PostAsync("/api/appeals", new { text = "Передзвоніть щодо евакуації з Куп'янська", channel = "web" }));
        await AppealAsync(id, a => a.GetProperty("status").GetString() == AppealStatuses.Queued);
        var t = DateTimeOffset.UtcNow.AddDays(1);

        await system.Bus.Publish(new CallbackScheduled(id, t.AddMinutes(3), t.AddHours(1), t.AddMinutes(2)));
        await AppealAsync(id, a => a.GetProperty("status").GetString() == AppealStatuses.CallbackScheduled);
        await system.Bus.Publish(new AppealAbandoned(id, "caller_hung_up", t.AddMinutes(1)));

        await AppealAsync(id, a => a.GetProperty("status").GetString() == AppealStatuses.Abandoned);
    }

    [Fact]
    public async Task Appeals_are_listed_by_status_and_category_newest_first()
    {
        var ids = new List<Guid>();
        foreach (var text in new[] { "Потрібна евакуація з Сум", "Евакуація з Охтирки, двоє дітей" })
        {
            ids.Add(await IdAsync(await PostAsync("/api/appeals", new { text, channel = "web" })));
        }

        foreach (var id in ids)
        {
            await AppealAsync(id, a => a.GetProperty("category").ValueKind == JsonValueKind.String);
        }

        var page = await Gateway.GetFromJsonAsync<JsonElement>($"/api/appeals?category=evacuation&from={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddMinutes(-5).ToString("O"))}&pageSize=200");
        var listed = page.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetGuid()).ToList();
        Assert.True(listed.IndexOf(ids[1]) >= 0 && listed.IndexOf(ids[1]) < listed.IndexOf(ids[0]), string.Join(",", listed));
        Assert.Equal(HttpStatusCode.BadRequest, (await Gateway.GetAsync("/api/appeals?status=lost&pageSize=0")).StatusCode);
    }

    private Task<HttpResponseMessage> PostAsync(string path, object body, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return (path.StartsWith("/api/calls", StringComparison.Ordinal) ? system.Pbx : Gateway).SendAsync(request);
    }

    private static async Task<Guid> IdAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private Task<JsonElement> AppealAsync(Guid id, Func<JsonElement, bool> condition) =>
        Eventually.HoldsAsync(() => Gateway.GetFromJsonAsync<JsonElement>($"/api/appeals/{id}"), condition);

    private Task<JsonElement> StatsAsync() => Gateway.GetFromJsonAsync<JsonElement>("/api/appeals/stats");
}
