namespace AwesomeClip.Web.Tests.Scale;

/// <summary>The reverse-proxy setup of docs/deployment.md, in a temporary prefix, on loopback ports.</summary>
internal static class NginxConfig
{
    public static string ForTest(string prefix, int port, IReadOnlyList<int> upstreams) => $$"""
        error_log {{prefix}}/error.log warn;
        events { worker_connections 256; }
        http {
            access_log {{prefix}}/access.log;
            client_body_temp_path {{prefix}}/client_body;
            proxy_temp_path {{prefix}}/proxy;
            fastcgi_temp_path {{prefix}}/fastcgi;
            uwsgi_temp_path {{prefix}}/uwsgi;
            scgi_temp_path {{prefix}}/scgi;

            # A shared cache of the public pages, which say how long they may be kept (ADR-031).
            proxy_cache_path {{prefix}}/cache levels=1:2 keys_zone=awesomeclip:10m max_size=256m inactive=10m use_temp_path=off;
            map $http_cookie $awesomeclip_signed_in { default 0; "~AwesomeClip\.Auth=" 1; }

            # Sticky routing: a visitor keeps the instance that holds their Blazor circuit.
            map $cookie_awesomeclip_node $awesomeclip_node { "" $request_id; default $cookie_awesomeclip_node; }
            map $http_upgrade $connection_upgrade { default upgrade; "" close; }

            upstream awesomeclip {
                hash $awesomeclip_node consistent;
        {{string.Concat(upstreams.Select(p => $"        server 127.0.0.1:{p} max_fails=3 fail_timeout=10s;\n"))}}
            }

            server {
                listen 127.0.0.1:{{port}};
                location / {
                    proxy_pass http://awesomeclip;
                    proxy_http_version 1.1;
                    proxy_set_header Host $host;
                    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                    proxy_set_header X-Forwarded-Proto $scheme;
                    proxy_set_header Upgrade $http_upgrade;
                    proxy_set_header Connection $connection_upgrade;
                    proxy_read_timeout 300s;
                    proxy_send_timeout 300s;
                    add_header Set-Cookie "awesomeclip_node=$awesomeclip_node; Path=/; HttpOnly; SameSite=Lax" always;
                    add_header X-Upstream $upstream_addr always;

                    proxy_cache awesomeclip;
                    proxy_cache_key $scheme$host$request_uri|$cookie_awesomeclip_culture|$http_accept_language;
                    proxy_cache_revalidate on;
                    proxy_cache_use_stale error timeout updating http_500 http_502 http_503 http_504;
                    proxy_cache_background_update on;
                    proxy_cache_lock on;
                    proxy_cache_bypass $awesomeclip_signed_in;
                    proxy_no_cache $awesomeclip_signed_in;
                    proxy_ignore_headers Vary;
                    add_header X-Cache-Status $upstream_cache_status always;
                }
            }
        }
        """;
}
