using Ukc.Categorization.Domain;

namespace Categorization.Tests;

public class LanguageDetectorTests
{
    [Theory]
    [InlineData("Доброго дня, підкажіть де отримати допомогу", "uk")]
    [InlineData("Здравствуйте, подскажите где получить выплаты", "ru")]
    [InlineData("Hello, where can I get humanitarian aid?", "en")]
    public void Tells_the_language_by_its_letters(string text, string language)
    {
        Assert.Equal(language, LanguageDetector.Detect(text));
    }
}
