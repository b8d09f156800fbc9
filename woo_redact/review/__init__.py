"""Review: a local web app where a reviewer decides on the tool's findings.

- :mod:`.catalog` reads the run folder (documents, findings), addressed by number;
- :mod:`.store` keeps decisions and manual additions in ``DIR/review.sqlite``;
- :mod:`.state` turns both into each finding's status and the progress count;
- :mod:`.pages` renders the original pages (cached) and maps PDF boxes to pixels;
- :mod:`.manual` turns selected words or drawn areas into findings;
- :mod:`.app`, :mod:`.views`, ``templates/``, ``static/``: the Flask app;
- :mod:`.server` serves it for ``woo-redact review``.

``woo-redact apply`` (:mod:`woo_redact.apply`) writes the final versions.
"""
