using Ukc.Categorization.Domain;
using Ukc.Contracts;

namespace Categorization.Tests;

[Collection(TrainedClassifierCollection.Name)]
public class PriorityTests(TrainedClassifier trained)
{
    [Theory]
    [InlineData("Обстріл прямо зараз, Харків, ми в коридорі з дітьми")]
    [InlineData("Сусід поранений, кров не зупиняється, Буча")]
    [InlineData("Люди під завалами після удару, чуємо стукіт")]
    [InlineData("Знайшли снаряд, що не розірвався, біля школи")]
    [InlineData("Инсулин закончился сегодня утром, у сына сахар растёт")]
    [InlineData("Я не хочу жити, все втратила")]
    [InlineData("I have pills in my hand right now, I want to end it")]
    public void Threat_to_life_now_is_critical(string text)
    {
        Assert.Equal(Priorities.Critical, trained.Classifier.Classify(text).Priority);
    }

    [Theory]
    [InlineData("Prosto zaraz obstril, my z dit'my v koridori, Sumy")]
    [InlineData("Вибухи кожні п'ять хвилин, ми в підвалі в Оріхові")]
    [InlineData("A drone is circling over our street, we are in the bathroom")]
    [InlineData("Невідомі з автоматами ходять біля під'їзду зараз, ми зачинилися в квартирі")]
    [InlineData("Рана на нозі знову кровить, пов'язка вся червона")]
    [InlineData("Дід на апараті ШВЛ, світла немає, батарея на 30 хвилин")]
    [InlineData("Синок 6 років загубився на ринку хвилин 15 тому")]
    [InlineData("Бачу у траві щось схоже на гранату, діти поруч")]
    [InlineData("Vin ne dykhaie, huby syni, shvydka ne yide")]
    [InlineData("Она выпила все таблетки и закрылась в комнате")]
    public void Danger_now_in_other_words_is_critical_by_rule(string text)
    {
        Assert.True(PriorityRules.IsCritical(text));
    }

    [Theory]
    [InlineData("Мама лежача, 84 роки, не можемо вивезти з Ізюма")]
    [InlineData("Двоє маленьких дітей, без опалення вже тиждень, Чернігів")]
    public void Vulnerable_people_in_hardship_are_at_least_high(string text)
    {
        Assert.Contains(trained.Classifier.Classify(text).Priority, new[] { Priorities.Critical, Priorities.High });
    }

    [Fact]
    public void Rules_never_lower_what_the_model_said()
    {
        Assert.Equal(Priorities.Critical, PriorityRules.Combine(Priorities.Critical, "Дякую за допомогу"));
    }

    [Fact]
    public void Rules_raise_a_vulnerable_person_to_high()
    {
        Assert.Equal(Priorities.High, PriorityRules.Combine(Priorities.Normal, "Бабуся лежача, сама вдома"));
    }

    [Theory]
    [InlineData("Як оформити опіку над племінником?")]
    [InlineData("Коли завершать розмінування в Гостомелі?")]
    [InlineData("Картка заблокована, як отримати виплату?")]
    [InlineData("Kartku zablokovano, yak otrymaty vyplatu VPO?")]
    [InlineData("Ми в коридорі ЦНАПу вже дві години стоїмо в черзі за паспортом")]
    [InlineData("Прошу видалити мої дані, згоди на зберігання не давала. Удалите данные с хранения")]
    [InlineData("Мама на кисневому концентраторі, а світло вимикають за графіком. Як стати в пріоритет?")]
    [InlineData("Дрони літають над містом щоночі, куди повідомляти?")]
    public void Words_that_only_look_like_danger_are_not_critical_by_rule(string text)
    {
        Assert.False(PriorityRules.IsCritical(text));
    }
}
