using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AwesomeClip.Core.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ListLayouts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Folder",
                table: "SourceDocuments",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Intro",
                table: "SourceDocuments",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Layout",
                table: "SourceDocuments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Title",
                table: "SourceDocuments",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Authors",
                table: "Papers",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Day",
                table: "Papers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Extras",
                table: "Papers",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<int>(
                name: "Month",
                table: "Papers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Url",
                table: "Papers",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Venue",
                table: "Papers",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Authors",
                table: "PaperBaselines",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Day",
                table: "PaperBaselines",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Extras",
                table: "PaperBaselines",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<int>(
                name: "Month",
                table: "PaperBaselines",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Url",
                table: "PaperBaselines",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Venue",
                table: "PaperBaselines",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ImportedParentId",
                table: "Categories",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ParentId",
                table: "Categories",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Categories_ParentId",
                table: "Categories",
                column: "ParentId");

            migrationBuilder.AddForeignKey(
                name: "FK_Categories_Categories_ParentId",
                table: "Categories",
                column: "ParentId",
                principalTable: "Categories",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Categories_Categories_ParentId",
                table: "Categories");

            migrationBuilder.DropIndex(
                name: "IX_Categories_ParentId",
                table: "Categories");

            migrationBuilder.DropColumn(
                name: "Folder",
                table: "SourceDocuments");

            migrationBuilder.DropColumn(
                name: "Intro",
                table: "SourceDocuments");

            migrationBuilder.DropColumn(
                name: "Layout",
                table: "SourceDocuments");

            migrationBuilder.DropColumn(
                name: "Title",
                table: "SourceDocuments");

            migrationBuilder.DropColumn(
                name: "Authors",
                table: "Papers");

            migrationBuilder.DropColumn(
                name: "Day",
                table: "Papers");

            migrationBuilder.DropColumn(
                name: "Extras",
                table: "Papers");

            migrationBuilder.DropColumn(
                name: "Month",
                table: "Papers");

            migrationBuilder.DropColumn(
                name: "Url",
                table: "Papers");

            migrationBuilder.DropColumn(
                name: "Venue",
                table: "Papers");

            migrationBuilder.DropColumn(
                name: "Authors",
                table: "PaperBaselines");

            migrationBuilder.DropColumn(
                name: "Day",
                table: "PaperBaselines");

            migrationBuilder.DropColumn(
                name: "Extras",
                table: "PaperBaselines");

            migrationBuilder.DropColumn(
                name: "Month",
                table: "PaperBaselines");

            migrationBuilder.DropColumn(
                name: "Url",
                table: "PaperBaselines");

            migrationBuilder.DropColumn(
                name: "Venue",
                table: "PaperBaselines");

            migrationBuilder.DropColumn(
                name: "ImportedParentId",
                table: "Categories");

            migrationBuilder.DropColumn(
                name: "ParentId",
                table: "Categories");
        }
    }
}
