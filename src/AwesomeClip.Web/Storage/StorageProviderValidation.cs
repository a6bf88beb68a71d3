using AwesomeClip.Core.Storage;
using Microsoft.Extensions.Options;

namespace AwesomeClip.Web.Storage;

/// <summary>Refuses to start on a provider without its connection string (or the reverse), saying what to set.</summary>
internal sealed class StorageProviderValidation : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var problems = options.ProviderProblems().ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
