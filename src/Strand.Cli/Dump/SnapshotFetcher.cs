namespace Strand.Cli.Dump;

/// <summary>
/// Fetches a goroutine dump from a pprof endpoint. A URL without a query gets <c>?debug=2</c>
/// (full stacks with wait reasons and times); one with a query (say <c>?debug=0</c>) is fetched as is.
/// </summary>
public static class SnapshotFetcher
{
    private static readonly HttpClient Client = new() { Timeout = TimeSpan.FromSeconds(60) };

    public static string WithDefaultQuery(string url)
    {
        var uri = new Uri(url);
        return uri.Query.Length > 0 ? url : url + "?debug=2";
    }

    /// <summary>The response body as a stream; throws <see cref="HttpRequestException"/> on failure.</summary>
    public static async Task<Stream> OpenAsync(string url, CancellationToken cancel)
    {
        var response = await Client.GetAsync(WithDefaultQuery(url), HttpCompletionOption.ResponseHeadersRead, cancel).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var status = response.StatusCode;
            response.Dispose();
            throw new HttpRequestException($"HTTP {(int)status} {status}");
        }
        return await response.Content.ReadAsStreamAsync(cancel).ConfigureAwait(false);
    }
}
