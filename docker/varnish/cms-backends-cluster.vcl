# Where the CMS instances are, and who may purge, for compose's cluster profile (DEPLOY.md, "Several instances"):
# mounted in place of cms-backend.vcl when EDGE_BACKENDS=cms-backends-cluster.vcl. Requests go round robin to the
# healthy instances; staff sessions live in the instances' shared data grid, so any instance serves any request.
import directors;

probe public_page {
    # Health lives on each CMS's management port, which the edge cache does not reach: probe a public page.
    .url = "/robots.txt";
    .interval = 10s;
    .timeout = 5s;
    .window = 5;
    .threshold = 3;
}

backend cms_1 {
    .host = "cms";
    .port = "8080";
    .connect_timeout = 5s;
    .first_byte_timeout = 60s;
    .probe = public_page;
}

backend cms_2 {
    .host = "cms-2";
    .port = "8080";
    .connect_timeout = 5s;
    .first_byte_timeout = 60s;
    .probe = public_page;
}

sub vcl_init {
    new instances = directors.round_robin();
    instances.add_backend(cms_1);
    instances.add_backend(cms_2);
}

sub vcl_recv {
    set req.backend_hint = instances.backend();
}

# The CMS containers on compose's private network.
acl purgers {
    "localhost";
    "10.0.0.0"/8;
    "172.16.0.0"/12;
    "192.168.0.0"/16;
}
