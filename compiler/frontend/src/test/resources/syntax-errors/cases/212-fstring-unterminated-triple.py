s = f'''abc
{x}
