# Where the CMS is, and who may purge, for docker/compose.yml. default.vcl includes this file; the edge cache
# test writes its own (loopback addresses) beside the unchanged default.vcl.
backend cms {
    .host = "cms";
    .port = "8080";
    .connect_timeout = 5s;
    .first_byte_timeout = 60s;
    .probe = {
        # Health lives on the CMS's management port, which the edge cache does not reach: probe a public page
        # (the CMS answers it from its own page cache).
        .url = "/robots.txt";
        .interval = 10s;
        .timeout = 5s;
        .window = 5;
        .threshold = 3;
    }
}

# The CMS containers on compose's private network.
acl purgers {
    "localhost";
    "10.0.0.0"/8;
    "172.16.0.0"/12;
    "192.168.0.0"/16;
}
