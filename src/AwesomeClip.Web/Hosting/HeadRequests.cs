using Microsoft.AspNetCore.Http.Features;

namespace AwesomeClip.Web.Hosting;

/// <summary>
/// HEAD is answered like GET without the body (RFC 9110 §9.3.2), wherever GET is: pages, feeds, the API, exports,
/// figures, static files. Link checkers and crawlers use it, and the page endpoints (GET and POST only) answered 405 or
/// 404. The request runs as the GET it asks about, so it passes the same authorization and caching, and it can change
/// nothing a GET cannot (the "no GET writes" rule); the body is counted for Content-Length and dropped.
/// </summary>
public static class HeadRequests
{
    /// <summary>First in the pipeline, before routing, so that the GET endpoint is the one matched.</summary>
    public static IApplicationBuilder UseHeadRequests(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }
        var server = context.Features.Get<IHttpResponseBodyFeature>()!;
        await using var body = new CountingStream();
        var dropped = new StreamResponseBodyFeature(body);
        context.Features.Set<IHttpResponseBodyFeature>(dropped);
        context.Request.Method = HttpMethods.Get;
        try
        {
            await next(context);
            await dropped.CompleteAsync();
        }
        finally
        {
            context.Features.Set(server);
            // The server sends no body for a HEAD, and keeps the Content-Length.
            context.Request.Method = HttpMethods.Head;
        }
        var response = context.Response;
        if (!response.HasStarted && response.ContentLength is null && body.Length > 0) response.ContentLength = body.Length;
    });

    /// <summary>Counts what is written and keeps none of it.</summary>
    private sealed class CountingStream : Stream
    {
        private long length;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => length;

        public override long Position
        {
            get => length;
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => length += buffer.Length;

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            length += count;
            return Task.CompletedTask;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            length += buffer.Length;
            return ValueTask.CompletedTask;
        }

        public override void Flush()
        {
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
