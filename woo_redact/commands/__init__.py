"""The command line's verbs over the stages: one module a command.

- :mod:`.run`: ``woo-redact run``, a batch from inputs to disclosure versions, log and inventory;
- :mod:`.apply`: ``woo-redact apply``, the final versions with the reviewers' decisions;
- :mod:`.verify`: ``woo-redact verify``, the proof of one output against its original;
- :mod:`.review`: ``woo-redact review``, the local review app;
- :mod:`.audit`: ``woo-redact audit verify|lookup|report``, answers from a run's log.

The stages they call (``parse/``, ``detect/``, ``decide``, ``redact/``, ``disclose/``, ``prove/``,
``audit/``, ``pipeline``, ``batch``) stay where they are; :mod:`woo_redact.cli` parses the arguments
and calls these, nothing else. None of them imports the CLI.
"""
