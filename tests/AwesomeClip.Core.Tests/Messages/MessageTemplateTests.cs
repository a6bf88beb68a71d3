using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using AwesomeClip.Core.Admin;
using AwesomeClip.Core.Messages;

namespace AwesomeClip.Core.Tests.Messages;

public sealed class MessageTemplateTests
{
    [Fact]
    public void ShouldWriteTheEnglishWithValuesFormattedTheSameOnEveryMachine()
    {
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            var template = new MessageTemplate("Test", "size", "{0} is {1:0.#} MB.");

            Assert.Equal("list.md is 9.5 MB.", template.With("list.md", 9.5).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void ShouldWriteAMessageAmongTheValuesInEnglish()
    {
        var message = CharacterMessages.Invisible.With(CharacterMessages.TheTitle, CharacterMessages.Character.With("200B", CharacterMessages.ZeroWidthSpace));

        Assert.Equal("The title contains an invisible character (U+200B: zero width space); remove it, it would make a look-alike of another name.", message.ToString());
        Assert.Equal("Admin.invisible-character", message.Code);
    }

    [Theory]
    [InlineData("{1} without {0}", 2)]
    [InlineData("{0} and {0} again", 1)]
    [InlineData("{{0}} is a brace, {0} a value", 1)]
    [InlineData("none", 0)]
    public void ShouldCountTheValuesATemplateNames(string english, int count) =>
        Assert.Equal(count, new MessageTemplate("Test", "count", english).Placeholders.Count);

    [Fact]
    public void ShouldRefuseATemplateThatSkipsAValue() =>
        Assert.Throws<ArgumentException>(() => new MessageTemplate("Test", "gap", "{0} and {2}"));

    [Fact]
    public void ShouldRefuseTheWrongNumberOfValues()
    {
        var template = new MessageTemplate("Test", "two", "{0} and {1}");

        Assert.Throws<ArgumentException>(() => template.With("only one"));
        Assert.Throws<ArgumentException>(() => (CoreMessage)template);
    }

    [Fact]
    public void ShouldBeEqualWhenCodeAndEnglishAre()
    {
        Assert.Equal(EditorMessages.NoSuchPaper.With(3), EditorMessages.NoSuchPaper.With(3));
        Assert.NotEqual(EditorMessages.NoSuchPaper.With(3), EditorMessages.NoSuchPaper.With(4));
        Assert.Equal(new FieldError("Title", EditorMessages.TitleRequired), new FieldError("Title", EditorMessages.TitleRequired));
    }

    [Fact]
    public void ShouldJoinAListOfMessagesWithItsSeparator() =>
        Assert.Equal("A month needs a year.; Invalid value.", new MessageList([EditorMessages.MonthNeedsYear, EditorMessages.InvalidValue], "; ").ToString());

    /// <summary>The form's attributes hold constants; each must lead back to its template, or it would be said as "Invalid value.".</summary>
    [Fact]
    public void ShouldFindTheTemplateOfEveryMessageOfTheEditorsFormAttributes()
    {
        var messages = new[] { typeof(PaperForm), typeof(LinkForm), typeof(ExtraForm) }
            .SelectMany(t => t.GetProperties())
            .SelectMany(p => p.GetCustomAttributes<ValidationAttribute>())
            .Select(a => a.ErrorMessage)
            .ToList();

        Assert.NotEmpty(messages);
        Assert.All(messages, m => Assert.Equal(m, EditorMessages.ForAttribute(m)?.English));
    }
}
