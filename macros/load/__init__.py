"""The load stage: which files make the model (:mod:`.files`), YAML that remembers lines (:mod:`.yaml_lines`),
and typed records built from what the schema accepted (:mod:`.records`)."""
