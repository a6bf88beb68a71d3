namespace AwesomeClip.Web.Tests.TestSupport;

/// <summary>Extension-method spelling of <see cref="Forms"/> for tests that post forms with a prepared client.</summary>
public static class FormClient
{
    public static Task<string> TokenAsync(this HttpClient client, string url) => Forms.TokenAsync(client, url);

    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, string formName, params (string Name, string Value)[] fields)
    {
        var token = await Forms.TokenAsync(client, url);
        var content = new FormUrlEncodedContent([new("_handler", formName), new(Forms.TokenField, token), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);
        return await client.PostAsync(url, content);
    }

    public static async Task<HttpResponseMessage> PostMultipartAsync(this HttpClient client, string url, string formName, MultipartFormDataContent content)
    {
        var token = await Forms.TokenAsync(client, url);
        content.Add(new StringContent(formName), "_handler");
        content.Add(new StringContent(token), Forms.TokenField);
        return await client.PostAsync(url, content);
    }
}
