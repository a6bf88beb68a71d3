namespace AwesomeClip.Core.Import;

/// <summary>The file was refused as a whole; the catalog was not touched.</summary>
public sealed class ImportRefusedException(string message) : Exception(message);
