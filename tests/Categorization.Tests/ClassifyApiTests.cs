using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Ukc.Categorization.Apis;
using Ukc.Categorization.Domain;
using Ukc.Contracts;

namespace Categorization.Tests;

[Collection(TrainedClassifierCollection.Name)]
public class ClassifyApiTests(TrainedClassifier trained)
{
    [Fact]
    public async Task A_text_is_classified_without_creating_an_appeal()
    {
        var result = await ClassifyAsync("""{"text":"Де отримати гуманітарну допомогу у Львові?"}""");

        var ok = Assert.IsType<Ok<Classification>>(result.Result);
        Assert.Equal(Categories.HumanitarianAid, ok.Value!.Category);
    }

    [Theory]
    [InlineData("""{"text":""}""", "text")]
    [InlineData("""{"text":"   "}""", "text")]
    [InlineData("""{}""", "text")]
    [InlineData("""{"text":42}""", "text")]
    [InlineData("""{"text":"обрив""", "text")]
    [InlineData("""не json""", "body")]
    public async Task Empty_or_malformed_text_is_a_validation_problem(string body, string field)
    {
        var result = await ClassifyAsync(body);

        var problem = Assert.IsType<ValidationProblem>(result.Result);
        Assert.Equal(StatusCodes.Status400BadRequest, problem.StatusCode);
        Assert.Contains(field, problem.ProblemDetails.Errors.Keys);
    }

    [Fact]
    public async Task Text_over_4000_characters_is_a_validation_problem()
    {
        var result = await ClassifyAsync($$"""{"text":"{{new string('я', AppealText.MaxLength + 1)}}"}""");

        Assert.IsType<ValidationProblem>(result.Result);
    }

    private Task<Results<Ok<Classification>, ValidationProblem>> ClassifyAsync(string body)
    {
        var context = new DefaultHttpContext();
        context.Request.ContentType = "application/json";
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        return CategorizationApi.ClassifyAsync(context.Request, trained.Classifier, CancellationToken.None);
    }
}
