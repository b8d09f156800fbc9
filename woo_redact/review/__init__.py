"""Review: a local web app where a reviewer decides on the tool's findings.

- :mod:`.catalog` reads the run folder (documents, findings), addressed by number;
- :mod:`.store` keeps decisions and manual additions in ``DIR/review.sqlite``;
- :mod:`.state` turns both into each finding's status and the progress count;
- :mod:`.pages` renders the original pages (cached) and maps PDF boxes to pixels;
- :mod:`.manual` turns selected words or drawn areas into findings;
- :mod:`.context`: what the app serves (a domain object raising domain errors, no HTTP);
- :mod:`.app` (access rules), :mod:`.views` (routes; domain errors to HTTP), ``templates/``, ``static/``:
  the Flask app (``app`` imports ``views``, ``views`` imports ``context``: no cycle);
- :mod:`.server` serves it for ``woo-redact review``.

``woo-redact apply`` (:mod:`woo_redact.commands.apply`) writes the final versions.
"""
