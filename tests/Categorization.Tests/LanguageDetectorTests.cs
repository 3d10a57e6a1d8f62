using Ukc.Categorization.Domain;

namespace Categorization.Tests;

public class LanguageDetectorTests
{
    [Theory]
    [InlineData("Доброго дня, підкажіть де отримати допомогу", "uk")]
    [InlineData("Здравствуйте, подскажите где получить выплаты", "ru")]
    [InlineData("Hello, where can I get humanitarian aid?", "en")]
    [InlineData("dopomozhit, potribna evakuatsiya z Kharkova, nas troye", "uk")]
    [InlineData("Pidkazhit de v Lvovi vydayut humanitarku", "uk")]
    [InlineData("Света нет 4 дня, Херсон, улица Ушакова", "ru")]
    [InlineData("Шо робити, нема свєта і води, када дадуть", "uk")]
    [InlineData("1111111", "uk")]
    public void Tells_the_language_by_its_letters_and_words(string text, string language)
    {
        Assert.Equal(language, LanguageDetector.Detect(text));
    }
}
