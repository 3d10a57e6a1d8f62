using Ukc.Contracts;

namespace Ukc.Cli;

/// <summary>Appeals the way citizens write them, for load runs: mostly Ukrainian, some Russian and English.</summary>
public static class LoadTexts
{
    private static readonly string[] Texts =
    [
        "Доброго дня! Потрібна евакуація з Харкова, мама лежача, сама не вийде.",
        "Де отримати гуманітарну допомогу в Ірпені? Немає продуктів третій день",
        "Коли прийде виплата ВПО за березень? Подавала заяву через Дію",
        "Терміново потрібен інсулін, у Маріуполі аптеки зачинені!!!",
        "дитина не спить через вибухи, постійно плаче, потрібен психолог",
        "Зник зв'язок з батьком у Бучі з 5 березня, допоможіть знайти",
        "Будинок пошкоджено обстрілом, вибиті вікна і дах, як отримати компенсацію?",
        "Загубила паспорт під час евакуації, як відновити документи?",
        "Немає світла і води вже тиждень, вул. Шевченка 12, Чернігів",
        "Біля школи знайшли снаряд, що не розірвався, діти поруч",
        "Дякую операторам за допомогу, все отримали",
        "Помогите выехать из Северодонецка, у нас двое маленьких детей",
        "Где получить гуманитарку в Запорожье? Мы переселенцы из Мелитополя",
        "Нет связи с сыном, он был в Мариуполе, помогите найти",
        "Hello, my parents are in Kherson and need to evacuate, how can I help them?",
        "Where can I get humanitarian aid in Lviv? We arrived from Kharkiv yesterday",
        "dopomozhit bud laska, potribna evakuatsiya z Kramatorska, babusya na vizku",
        "Потрібні ліки від тиску для бабусі, Суми, сама не може вийти",
        "Як оформити статус ВПО і отримати допомогу на дітей?",
        "Сусіди кажуть, у під'їзді ходять чужі люди, мародери, що робити?",
    ];

    public static object Appeal(Random random)
    {
        var text = Texts[random.Next(Texts.Length)];
        var region = Regions.All[random.Next(Regions.All.Count)];
        // The number is drawn afresh in every run, not from the seed: a run repeated within ten minutes would
        // otherwise file under the same numbers again, and Intake takes five appeals per number in that time.
        return random.Next(4) == 0
            ? new { text, channel = Channels.Chat, region, phone = $"+38067{Random.Shared.Next(1_000_000, 9_999_999)}", consent = true }
            : new { text, channel = Channels.Web, region, phone = (string?)null, consent = (bool?)null };
    }
}
