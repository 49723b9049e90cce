# The edge cache in front of the CMS's public site. The tests run this file unchanged (EdgeCacheIT); only
# cms-backend.vcl, which says where the CMS is and who may purge, differs between compose and the tests.
#
# Cached: published pages, the delivery API, feeds, sitemap, documents without an agreement. Never cached:
# /admin, sign-in, previews, the agreement click-through, health and metrics (not served at all), anything
# sent with the staff session cookie, any method but GET and HEAD, and every response that sets a cookie or
# says private / no-store. Cached objects live until the CMS purges them: after each publication it sends
# PURGE for exactly the addresses whose content changed.
vcl 4.1;

import std;

include "cms-backend.vcl";

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        # A purge of /a/b drops /a/b and every query variant of it (/a/b?sort=date, /api/v1/items?type=page).
        if (!std.ban("obj.http.X-Cms-Path == " + regsub(req.url, "\?.*$", ""))) {
            return (synth(400, std.ban_error()));
        }
        return (synth(200, "Purged"));
    }
    # Operations endpoints are for the operator's network only, never public.
    if (req.url ~ "^/(health|metrics)(/|\?|$)") {
        return (synth(404, "Not Found"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # Staff screens, sign-in, previews and the Faces resources behind them are personal or secret. The
    # patterns allow one leading segment: the CMS may be deployed below a context path (the tests' /cms).
    if (req.url ~ "^(/[^/?]+)?/(admin|login\.xhtml|logout|preview|jakarta\.faces\.resource|javax\.faces\.resource)(/|\?|$)"
        || req.url ~ "^[^?]*\.xhtml(\?|$)") {
        return (pass);
    }
    # Search answers are as many as the questions asked: not worth keeping.
    if (req.url ~ "^[^?]*/search(\?|$)") {
        return (pass);
    }
    # A signed-in member of staff sees the site as it is, never a copy kept for someone else.
    if (req.http.Cookie ~ "(^|;\s*)JSESSIONID=") {
        return (pass);
    }
    # A document may sit behind the agreement click-through, which depends on the visitor's own cookie.
    if (req.url ~ "^(/[^/?]+)?/documents/" && req.http.Cookie) {
        return (pass);
    }
    # The CMS encodes each response itself, plain and gzip (Vary: Accept-Encoding), so varnishd runs with
    # http_gzip_support=off: with it on, Varnish asks for gzip on every fetch and gunzips the stored object for
    # each plain client (measured: half the edge's throughput). Reduced to "gzip" or nothing, as the CMS reads it,
    # so that one object per encoding is kept, not one per browser's wording of the header.
    if (req.http.Accept-Encoding ~ "(?i)\bgzip\b"
        && req.http.Accept-Encoding !~ "(?i)\bgzip\s*;\s*q\s*=\s*0(\.0*)?\s*(,|$)") {
        set req.http.Accept-Encoding = "gzip";
    } else {
        unset req.http.Accept-Encoding;
    }
    # Nothing else the site serves depends on a cookie: drop them so one copy serves every visitor.
    unset req.http.Cookie;
    unset req.http.Authorization;
    return (hash);
}

sub vcl_hash {
    # One site behind this cache: the address alone names a response, so a PURGE sent to the cache's own
    # address (not the public host name) reaches what visitors were given.
    hash_data(req.url);
    return (lookup);
}

sub vcl_backend_response {
    if (bereq.uncacheable) {
        return (deliver);
    }
    if (beresp.http.Set-Cookie
        || beresp.http.Cache-Control ~ "(?i)(private|no-store)"
        || beresp.http.Vary == "*"
        || !(beresp.status == 200 || beresp.status == 203 || beresp.status == 204 || beresp.status == 300
             || beresp.status == 301 || beresp.status == 308 || beresp.status == 410)) {
        # Remember for a while that this address is not cacheable, so requests are not queued behind it.
        set beresp.ttl = 60s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    # "public, no-cache" tells browsers to revalidate (the cache answers 304 from the ETag); the cache itself
    # keeps the object until a purge, with a day as the upper bound should a purge ever be lost. A page that
    # changes at a known moment without a publication (a policy version taking effect) says so with s-maxage,
    # from which Varnish already set the ttl.
    if (beresp.http.Cache-Control !~ "s-maxage=" || beresp.ttl > 24h) {
        set beresp.ttl = 24h;
    }
    set beresp.grace = 0s;
    set beresp.http.X-Cms-Path = regsub(bereq.url, "\?.*$", "");
    return (deliver);
}

sub vcl_deliver {
    unset resp.http.X-Cms-Path;
    unset resp.http.Via;
    unset resp.http.X-Varnish;
    if (obj.uncacheable) {
        set resp.http.X-Cache = "PASS";
    } else if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
