"""The load stage: which files make the model (:mod:`.files`), YAML that remembers lines (:mod:`.yaml_lines`),
each file checked against its JSON Schema (:mod:`.schema`), typed records built from what the schema accepted
(:mod:`.records`), and all of it for every file (:func:`.collect.load`) into the rules' :mod:`.context`."""
